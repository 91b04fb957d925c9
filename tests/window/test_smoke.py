def test_open_and_quit(launch):
    app = launch()
    app.open_page("Lịch sinh hoạt")
    app.screenshot("calendar")
    assert app.close() == 0
