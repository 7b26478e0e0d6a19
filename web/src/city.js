// The city's own settings for the pre-entry page: edit this file when publishing (web/README.md). The municipality
// must be the kiosk's [kiosk] municipality and municipality_code, so that the rules decide alike on both.
window.KAKANAI_CITY = {
    municipality: '東京都港区',
    municipality_code: '13103',
};
