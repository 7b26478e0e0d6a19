#pragma once

#include "printer/PdfDocument.h"
#include "printer/PrintedRequest.h"
#include "printer/RenderContext.h"

#include "forms/LifeEvents.h"

#include <QHash>

namespace kakanai::printer {

// What the guidance slip (案内票) lists: the life event, and the related procedures at other desks. `conditions`
// holds, for procedures whose question was not answered, the question that decides it (printed as "対象：…").
struct SlipContent
{
    forms::LifeEvent event;
    QList<forms::RelatedProcedure> procedures;
    QHash<QString, forms::LocalisedText> conditions; // procedure id → the question
};

// The guidance slip, A4 portrait: header with the event, date, receipt number and QR code; the forms filed today;
// a ruled table of the related procedures (desk, what to bring, a box to tick when done).
class SlipRenderer
{
public:
    SlipRenderer(const RenderContext &context, const PrintedRequest &request, const SlipContent &content);
    Status render(PdfDocument &document);

private:
    const RenderContext &m_context;
    const PrintedRequest &m_request;
    const SlipContent &m_content;
};

} // namespace kakanai::printer
