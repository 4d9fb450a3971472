//@ compile-fail
// `if let` on a dereferenced slice binds its rest by value: an unsized `[String]` local (E0277); `ref rest` or `&s[..]` would borrow it.
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    let s: &[String] = &words;
    if let [_, tail @ ..] = *s { //~ ERROR E0277
        println!("{}", tail.len());
    }
}
