//@ compile-fail
// A struct holding a &str outlives the String it borrows from (E0597)
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let quote;
    {
        let novel = String::from("Call me Ishmael. Some years ago.");
        quote = Excerpt { part: novel.split('.').next().unwrap() }; //~ ERROR E0597
    }
    println!("{}", quote.part);
}
