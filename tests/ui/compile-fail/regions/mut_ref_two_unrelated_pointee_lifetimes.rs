//@ compile-fail
// `&'a mut &'b str` returned as `&'a mut &'c str`: both `'b: 'c` and `'c: 'b` are missing, two errors and rustc's closing help.
fn pick<'a, 'b, 'c>(x: &'a mut &'b str, _y: &'c str) -> &'a mut &'c str {
    x //~ ERROR lifetime may not live long enough
    //~^ ERROR lifetime may not live long enough
}
fn main() {
    let mut s = "a";
    let r = pick(&mut s, "b");
    println!("{}", r);
}
