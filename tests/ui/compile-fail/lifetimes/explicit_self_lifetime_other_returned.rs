//@ compile-fail
// With `&'a self` and `x: &'b str`, returning the field as `&'b str` needs `'a: 'b`.
struct Named {
    name: String,
}

impl Named {
    fn pick<'a, 'b>(&'a self, x: &'b str) -> &'b str {
        if x.is_empty() { &self.name } else { x } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let n = Named { name: String::from("n") };
    println!("{}", n.pick(""));
}
