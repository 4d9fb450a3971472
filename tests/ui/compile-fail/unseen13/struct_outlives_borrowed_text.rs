//@ compile-fail
// A struct holding a &str outlives the String it borrows from.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let novel = String::from("Il etait une fois. La suite.");
        e = Excerpt { part: novel.split('.').next().unwrap() }; //~ ERROR E0597
    }
    println!("{}", e.part);
}
