//@ compile-fail
// Ordering::Less is matched without importing std::cmp::Ordering.
fn compare(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "smaller", //~ ERROR E0433
        _ => "not smaller",
    }
}

fn main() {
    println!("{}", compare(1, 2));
}
