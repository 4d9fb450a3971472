// Returning a `&mut` whose pointee keeps its lifetimes is accepted; a shared reference may shorten them (covariance).
fn keep<'a>(x: &'a mut &'a str) -> &'a mut &'a str {
    x
}
fn keep_items<'a, 'b>(v: &'a mut Vec<&'b str>) -> &'a mut Vec<&'b str> {
    &mut *v
}
fn shorten_shared<'a, 'b: 'a>(x: &'a &'b str) -> &'a &'a str {
    x
}
fn as_shared<'a, 'b: 'a>(x: &'a mut &'b str) -> &'a &'a str {
    x
}
fn both_ways<'a, 'b: 'a>(x: &'a mut &'b str) -> &'a mut &'b str
where
    'a: 'b,
{
    x
}
fn main() {
    let mut s = "a";
    let r = keep(&mut s);
    *r = "b";
    println!("{}", r);
    let mut v = vec!["x"];
    keep_items(&mut v).push("y");
    println!("{:?}", v);
    let t = "t";
    println!("{}", shorten_shared(&t));
    let mut u = "u";
    println!("{}", as_shared(&mut u));
    let mut w = "w";
    println!("{}", both_ways(&mut w));
}
