//@ compile-fail
// A raw string opened with `r##"` and closed with `"#`.
fn main() {
    let s = r##"say "#hi"#; //~ ERROR E0748
    println!("{}", s);
}
