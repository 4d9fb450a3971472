//@ compile-fail
// A callee given `&mut *r` may store the items r's Vec holds behind its other argument.
fn keep<'a>(into: &mut Vec<&'a str>, from: &mut Vec<&'a str>) {
    into.push(from[0]);
}

fn main() {
    let mut out = Vec::new();
    {
        let s = String::from("x");
        let mut src = vec![s.as_str()]; //~ ERROR E0597
        let r = &mut src;
        keep(&mut out, &mut *r);
    }
    println!("{:?}", out);
}
