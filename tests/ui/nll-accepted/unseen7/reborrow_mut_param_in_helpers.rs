// Reborrows: a &mut parameter handed to helpers repeatedly and used again in between.
fn add_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

fn build(out: &mut String, n: usize) {
    for i in 0..n {
        add_line(out, &format!("row {}", i));
        if out.len() > 20 {
            add_line(out, "...");
            break;
        }
    }
    out.push_str("end");
}

fn main() {
    let mut text = String::new();
    build(&mut text, 5);
    println!("{}", text);
}
