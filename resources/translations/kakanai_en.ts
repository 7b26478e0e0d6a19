<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Read with the verification code B by staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data is genuine: its signature was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s signature was not checked on this kiosk (no key set up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data failed its check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffConfirmScreen</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::AdminScreen</name>
    <message>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office queue: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back-office queue: %1, %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BlockedScreen</name>
    <message>
        <source>The card&apos;s PIN is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was entered wrongly 3 times, so the card locked itself to protect you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident registration desk of the city hall where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN can be reset at %1. Please come in person with this card; the staff will check your identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, staff can still read the card without the PIN, with the verification code B printed on its front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your card and ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::BusyScreen</name>
    <message>
        <source>Checking your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not move the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not move the card. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardFaceDiagram</name>
    <message>
        <source>Diagram of the card&apos;s front: 1 date of birth, 2 expiry year, 3 security code under the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CardProblemScreen</name>
    <message>
        <source>The card cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it is a My Number card, the right way up, and place it on the reader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please place your My Number card (個人番号カード). Other cards cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s data could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on the card did not pass its security check, so it is not used. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different card was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the card read first. For your safety everything entered was cleared. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait a moment and try again, or ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again. If it fails again, please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::CodeBScreen</name>
    <message>
        <source>Verification code B (staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the card without the PIN. Enter the three items printed on the card&apos;s front, as numbered in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Date of birth (Japanese era, as on the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Year of the expiry date (…年…月…日まで有効)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Security code (4 digits, under the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Security code: %n of 4 digits entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one try is left for code B. I checked all three items: use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code does not match this card. %n tries left; enter the security code again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only one try is left for code B. Check all three items before reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DatePicker</name>
    <message>
        <source>1 (first year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st year (gannen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches between the Japanese era and the Western calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::DoneScreen</name>
    <message numerus="yes">
        <source>This screen closes by itself in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your request has been received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the printed receipt to the counter. You will be called by this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait near the counter. You will be called by this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your card with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may also need these procedures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: printing failed (%1). The request is saved and queued; print it again from the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: nothing was printed (%1). The request is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::IdleScreen</name>
    <message>
        <source>The card reader service is not running. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is on the reader. Tap “Start”, or take the card and place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be read. Check that it is the right way up and place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please place your My Number card on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write by hand: your forms are filled in from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: no request storage is configured, so requests cannot be accepted (submit/sink).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Keypad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears everything entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::KioskWindow</name>
    <message>
        <source>No-writing counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: service not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: card in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader: card unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office: not connected (no queue set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back office: online, %n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OFFLINE: %n waiting since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OFFLINE: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVELOPMENT: requests saved to a folder, unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests cannot be saved: no storage set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Are you still there?
Without a touch, everything is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::LastTryScreen</name>
    <message>
        <source>Only one try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the next PIN is wrong, the card locks. It can then only be unlocked at the counter of the city hall, in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not sure of your PIN, do not enter it. Please ask the staff instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am sure: enter the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinDots</name>
    <message numerus="yes">
        <source>%n of %1 digits entered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::PinScreen</name>
    <message>
        <source>Enter your PIN again to read your individual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your 4-digit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN for filling in forms from the card (券面事項入力補助用暗証番号), 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can enter it %n more time(s). After 3 wrong PINs in a row the card locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>After 3 wrong PINs in a row the card locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was wrong. Please check it and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff never ask for your PIN. Only dots are shown while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read without PIN: code B (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff read the card with the verification code B printed on its front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ProcedureScreen</name>
    <message>
        <source>What would you like to do today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened, or the certificates and notifications you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something happened in your life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and notifications (choose one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::QuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about your move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers only decide which other procedures we list for you. Skip a question if it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReaderIllustration</name>
    <message>
        <source>Picture: a card placed flat on the card reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ResidentConfirmScreen</name>
    <message>
        <source>Please check your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be submitted. If it is right, tap “Yes, submit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix something</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::ReviewScreen</name>
    <message>
        <source>Please check the items marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 of %2 · Check what came from your card, then answer the questions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form needs details that are entered at the counter. Please take your card to the counter; the staff will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Screen</name>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends and clears everything; the first screen comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Spinner</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffConfirmScreen</name>
    <message>
        <source> (copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (accepted, passed on to the back office):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1. Check every field and where it came from, then confirm or send it back to the resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::StaffSignInScreen</name>
    <message numerus="yes">
        <source>The staff ID or PIN is wrong. %n more wrong PIN(s) lock this ID.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This staff ID is locked for %n minute(s) after too many wrong PINs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff ID and a PIN of 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card with the verification code B is for staff only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member confirms the request before it is accepted. Please call the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff menu is for staff only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN (type it or use the keypad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::Stepper</name>
    <message>
        <source>Fewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kakanai::kiosk::SubmitFailedScreen</name>
    <message>
        <source>The request could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was accepted yet. Please ask the staff; you can also try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: no request storage is configured on this kiosk (submit/sink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
