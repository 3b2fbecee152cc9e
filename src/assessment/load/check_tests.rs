//! Unit tests of `check`.

use super::ItemLookup;
use crate::profile::{Catalog, builtin};

fn found(lookup: &mut ItemLookup<'_, '_>, id: &str) -> Option<String> {
    lookup.get(id).map(|item| item.id.to_owned())
}

#[test]
fn items_are_found_by_id_in_any_order() {
    let catalog = Catalog::builtin();
    let profile = &catalog.get(builtin::DEFAULT_ID).unwrap().profile;
    let items = profile.rated_items();
    let mut lookup = ItemLookup::new(&items);
    for item in &items {
        assert_eq!(found(&mut lookup, item.id), Some(item.id.to_owned()));
    }
    assert_eq!(found(&mut lookup, "no-such-item"), None);
    for item in items.iter().rev() {
        assert_eq!(found(&mut lookup, item.id), Some(item.id.to_owned()));
    }
    // After a miss, the guess goes on from the item found last.
    let mut lookup = ItemLookup::new(&items);
    assert_eq!(
        found(&mut lookup, items[5].id),
        Some(items[5].id.to_owned())
    );
    assert_eq!(found(&mut lookup, "no-such-item"), None);
    assert_eq!(
        found(&mut lookup, items[6].id),
        Some(items[6].id.to_owned())
    );
    assert_eq!(
        found(&mut lookup, items[0].id),
        Some(items[0].id.to_owned())
    );
}
