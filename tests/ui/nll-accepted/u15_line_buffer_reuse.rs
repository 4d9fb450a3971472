// a line buffer is cleared and refilled while trimmed slices of it are measured between refills
fn main() {
    let input = ["  12 ", "7", "   300   "];
    let mut buf = String::new();
    let mut widths = Vec::new();
    for raw in input {
        buf.clear();
        buf.push_str(raw);
        let t = buf.trim();
        widths.push(t.len());
        let n: u32 = t.parse().unwrap();
        buf.push_str(&n.to_string());
    }
    println!("{:?} last buffer {:?}", widths, buf);
}
