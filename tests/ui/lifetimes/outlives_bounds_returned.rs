// A longer lifetime may be returned as a shorter one when the signature proves it: `'b: 'a` written, in a where-clause, implied by `&'a &'b T`, or by the return type itself.
struct Holder<'a> {
    s: &'a str,
}
fn bounded<'a, 'b: 'a>(x: &'b str) -> &'a str {
    x
}
fn in_where<'a, 'b>(x: &'b str, _y: &'a str) -> &'a str
where
    'b: 'a,
{
    x
}
fn through_ref<'a, 'b>(x: &'a &'b str) -> &'a str {
    x
}
fn both_implied<'a, 'b>(x: &'a Holder<'b>) -> &'b Holder<'a> {
    x
}
fn chained<'a, 'b, 'c>(x: &'a &'b str, _y: &'c &'a str) -> &'c str {
    *x
}
fn covariant<'a, 'b: 'a>(x: &'a Holder<'b>) -> &'a Holder<'a> {
    x
}
fn main() {
    let h = Holder { s: "held" };
    let s = "s";
    let r = &s;
    println!("{} {} {} {}", bounded("b"), in_where("w", "y"), through_ref(&"t"), both_implied(&h).s);
    println!("{} {}", chained(&"c", &r), covariant(&h).s);
}
