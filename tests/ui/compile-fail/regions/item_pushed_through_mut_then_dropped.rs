//@ compile-fail
// An item pushed through `&mut v` is what `first(w)` returns: the pushed String must outlive the result (E0597).
fn first<'a>(xs: &[&'a str]) -> &'a str {
    xs[0]
}

fn main() {
    let mut v: Vec<&str> = Vec::new();
    let r;
    {
        let t = String::from("hi");
        let w = &mut v;
        w.push(&t); //~ ERROR E0597
        r = first(&*w);
    }
    println!("{}", r);
}
