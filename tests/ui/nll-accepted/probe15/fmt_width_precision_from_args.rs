// Width and precision taken from usize arguments, positional and named.
fn main() {
    let w: usize = 6;
    println!("[{:1$}]", 7, w);
    println!("[{:.*}]", 2, 3.14159);
    println!("[{:w$.p$}]", 2.5, w = w, p = 1);
}
