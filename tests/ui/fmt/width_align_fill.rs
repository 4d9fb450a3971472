// Width, alignment and fill characters for strings and numbers.
fn main() {
    println!("[{:5}]", "ab");
    println!("[{:<5}]", "ab");
    println!("[{:>5}]", "ab");
    println!("[{:^5}]", "ab");
    println!("[{:-^9}]", "mid");
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:*>6}]", 42);
    println!("[{:#<4}]", 'c');
    println!("[{:2}]", "longer than width");
    let w = 7;
    println!("[{:>w$}]", "dyn");
    println!("[{:>1$}]", "arg", 6);
    println!("[{:>width$}]", 3.5, width = 8);
}
