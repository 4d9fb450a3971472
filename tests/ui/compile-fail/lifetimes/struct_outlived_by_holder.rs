//@ compile-fail
// A struct holding a reference cannot outlive the referenced String.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let novel = String::from("Call me Ishmael. Some years ago");
        e = Excerpt { part: novel.split('.').next().unwrap() }; //~ ERROR E0597
    }
    println!("{}", e.part);
}
