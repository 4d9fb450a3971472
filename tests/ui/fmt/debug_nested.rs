// {:?} and {:#?} on nested Vec, Option, tuples, structs and enums.
#[derive(Debug)]
enum Kind {
    Leaf,
    Branch { depth: u8 },
    Tagged(String, i32),
}

#[derive(Debug)]
struct Item {
    id: u32,
    kind: Kind,
    children: Vec<Item>,
    note: Option<&'static str>,
}

fn main() {
    let tree = Item {
        id: 1,
        kind: Kind::Branch { depth: 0 },
        children: vec![
            Item { id: 2, kind: Kind::Leaf, children: vec![], note: None },
            Item { id: 3, kind: Kind::Tagged("t".into(), -1), children: vec![], note: Some("x") },
        ],
        note: None,
    };
    println!("{:?}", tree);
    println!("{:#?}", tree);
    println!("{:?}", (1, "two", [3.0, 4.5], Some(()), None::<i32>));
    println!("{:#?}", (1, vec![Some('a')]));
    let empty: Vec<i32> = vec![];
    println!("{:?} {:#?}", empty, empty);
}
