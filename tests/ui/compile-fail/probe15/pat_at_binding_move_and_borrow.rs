//@ compile-fail
// `a @ Some(ref b)` moves the value and borrows it (borrow of moved value).
fn main() {
    let o = Some(String::from("x"));
    match o {
        a @ Some(ref b) => println!("{:?} {}", a, b), //~ ERROR borrow of moved value
        //~^ ERROR E0505
        None => {}
    }
}
