//@ compile-fail
// `Option<Option<u32>>` without `Some(None)`.
fn main() {
    let x: Option<Option<u32>> = Some(None);
    match x { //~ ERROR E0004
        None => println!("none"),
        Some(Some(n)) => println!("{n}"),
    }
}
