//@ compile-fail
// A reborrowed `&mut Vec<&'b str>` returned as `&mut Vec<&'a str>`: the items' lifetime must stay `'b`.
fn items<'a, 'b: 'a>(v: &'a mut Vec<&'b str>) -> &'a mut Vec<&'a str> {
    &mut *v //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut v = vec!["a"];
    let r = items(&mut v);
    r.push("b");
    println!("{:?}", r);
}
