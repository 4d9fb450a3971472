// A &mut to a String used to append, then the String is read directly: the &mut is not used again.
fn main() {
    let mut out = String::new();
    let w = &mut out;
    w.push_str("header\n");
    w.push_str("body\n");
    println!("{} bytes", out.len());
    out.push_str("footer");
    let r = &mut out;
    r.make_ascii_uppercase();
    print!("{}\n", out);
}
