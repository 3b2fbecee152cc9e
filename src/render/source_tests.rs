use super::*;

fn source(licence: Option<&str>, attribution: Option<&str>, date: Option<&str>) -> Source {
    Source {
        name: "Framework".to_owned(),
        url: None,
        licence: licence.map(str::to_owned),
        attribution: attribution.map(str::to_owned),
        date: date.map(str::to_owned),
    }
}

#[test]
fn a_licensed_source_gives_its_name_date_and_attribution() {
    let s = source(
        Some("OGL"),
        Some("Contains public sector information."),
        Some("2024-10-22"),
    );
    assert_eq!(
        attribution(Some(&s)).as_deref(),
        Some("Source: Framework, 2024-10-22. Contains public sector information.")
    );
}

#[test]
fn a_licence_without_an_attribution_statement_is_named() {
    let s = source(Some("Open Government Licence v3.0"), None, None);
    assert_eq!(
        attribution(Some(&s)).as_deref(),
        Some("Source: Framework, under the Open Government Licence v3.0.")
    );
}

#[test]
fn a_source_that_claims_no_licence_adds_no_line_to_a_report() {
    let s = source(None, Some("Its text is the publisher's."), None);
    assert_eq!(attribution(Some(&s)), None);
    assert_eq!(attribution(None), None);
}

#[test]
fn only_an_empty_text_the_source_lacks_reads_as_not_in_the_source() {
    assert_eq!(
        or_lacking("", &[Field::Description], Field::Description),
        NOT_IN_SOURCE
    );
    assert_eq!(
        or_lacking(" ", &[Field::Description], Field::Description),
        NOT_IN_SOURCE
    );
    assert_eq!(or_lacking("", &[], Field::Description), "");
    assert_eq!(
        or_lacking("Text", &[Field::Description], Field::Description),
        "Text"
    );
}
