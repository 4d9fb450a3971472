// Generates core/src/test/resources/fmt/debug_nested.txt (rustc --edition 2024 debug_nested.rs && ./debug_nested).
use std::collections::BTreeMap;
#[derive(Debug)] struct Unit;
#[derive(Debug)] struct Empty {}
#[derive(Debug)] struct Pair(i32, &'static str);
#[derive(Debug)] struct Inner { name: String, tags: Vec<&'static str>, opt: Option<f64> }
#[derive(Debug)] struct Outer { id: u8, inner: Inner, pairs: Vec<Pair>, map: BTreeMap<i32, (char, bool)>, unit: Unit, empty: Empty, nothing: Vec<i32>, t: (i32,), u: () }
fn main() {
    let mut map = BTreeMap::new();
    map.insert(1, ('a', true));
    map.insert(-2, ('\n', false));
    let o = Outer { id: 7, inner: Inner { name: "x\"y".to_string(), tags: vec!["a", "b"], opt: Some(1.0) },
        pairs: vec![Pair(1, "one"), Pair(-2, "two")], map, unit: Unit, empty: Empty {}, nothing: vec![], t: (5,), u: () };
    println!("{:?}", o);
    println!("{:#?}", o);
    println!("{:4?}", o.pairs);
    println!("{:#x?}", o.pairs);
}
