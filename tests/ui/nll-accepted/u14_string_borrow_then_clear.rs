// A buffer read through a slice, then cleared and reused in each loop iteration
fn main() {
    let mut buf = String::new();
    let mut lengths = Vec::new();
    for word in ["alpha", "be", "gamma"] {
        buf.push_str(word);
        buf.push_str("-x");
        let head = &buf[..2];
        lengths.push(head.len() + buf.len());
        println!("{} {}", head, buf);
        buf.clear();
    }
    println!("{:?} {}", lengths, buf.is_empty());
}
