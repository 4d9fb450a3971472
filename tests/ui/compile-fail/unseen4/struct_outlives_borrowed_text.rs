//@ compile-fail
// A struct holding a &str into a String that is dropped before the struct is used.
struct Highlight<'a> {
    part: &'a str,
}

fn main() {
    let h;
    {
        let novel = String::from("It was a bright cold day in April.");
        h = Highlight { part: novel.split('.').next().unwrap() }; //~ ERROR E0597
    }
    println!("{}", h.part);
}
