// Lesson "Gestion Mémoire en Rust", memory diagram: x and y on the stack, s = (ptr, len, cap).
fn main() {
    let x = 5;
    let y = x;
    let s = String::from("hello");
    println!("x: {x}");
    println!("y: {y}");
    println!("s: len {} cap {}", s.len(), s.capacity());
    println!("size of s on the stack: {} bytes", std::mem::size_of_val(&s));
    println!("bytes on the heap: {}", s.as_bytes().len());
}
