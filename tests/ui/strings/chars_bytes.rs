// chars(), bytes() and char_indices() on a string with multi-byte characters.
fn main() {
    let s = "héllo, 世界!";
    println!("{} bytes, {} chars", s.len(), s.chars().count());
    for c in s.chars().take(3) {
        print!("{c}|");
    }
    println!();
    for b in "hé".bytes() {
        print!("{b} ");
    }
    println!();
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("{i}: {c} ({} bytes)", c.len_utf8());
    }
    let rev: String = s.chars().rev().collect();
    println!("{rev}");
    println!("{:?}", s.chars().nth(8));
}
