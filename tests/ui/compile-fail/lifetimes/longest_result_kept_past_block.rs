//@ compile-fail
// The result of `first_word` borrows a String that dies before the result is printed.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let w;
    {
        let sentence = String::from("hello world");
        w = first_word(&sentence); //~ ERROR E0597
    }
    println!("{}", w);
}
