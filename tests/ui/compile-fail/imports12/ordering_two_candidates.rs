//@ compile-fail
// `Ordering` exists twice in std: rustc lists both enums.
fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "plus petit", //~ ERROR E0433
        Ordering::Greater => "plus grand", //~ ERROR E0433
        Ordering::Equal => "égal", //~ ERROR E0433
    }
}

fn main() {
    println!("{}", compare(1, 2));
}
