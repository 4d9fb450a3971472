//@ compile-fail
// A branch of the function's tail `if` gives `&str` where the return type is `Option<String>`.
fn describe(n: i32) -> Option<String> {
    if n > 0 {
        "positive" //~ ERROR E0308
    } else {
        None
    }
}

fn main() {
    println!("{:?}", describe(3));
}
