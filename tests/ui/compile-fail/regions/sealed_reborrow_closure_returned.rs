//@ compile-fail
// A closure capturing `*fb` returned in a `Box<dyn Fn>` (`'static`) keeps `fb`'s lifetime.
fn pred(fb: &usize) -> Box<dyn Fn(&usize) -> bool> {
    Box::new(|w| *w == *fb) //~ ERROR lifetime may not live long enough
}
fn main() {
    let f = 3;
    let p = pred(&f);
    println!("{}", p(&3));
}
