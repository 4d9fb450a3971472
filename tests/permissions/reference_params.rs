// Parameters that are references: `*r` has R (and W through `&mut`), never O.
fn append(dst: &mut String, src: &String) {
    dst.push_str(src);
}

fn main() {
    let mut a = String::from("a");
    let b = String::from("b");
    append(&mut a, &b);
    println!("{} {}", a, b);
}
