//@ compile-fail
// A boxed closure returned as `Box<dyn Fn>` ('static) cannot capture a borrowed parameter.
fn printer(prefix: &str) -> Box<dyn Fn(i32)> {
    Box::new(move |x| println!("{}{}", prefix, x)) //~ ERROR lifetime may not live long enough
}

fn main() {
    let p = printer("n=");
    p(3);
}
