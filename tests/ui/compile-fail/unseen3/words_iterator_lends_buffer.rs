//@ compile-fail
// An Iterator impl whose items borrow from the iterator's own String, not from `'a`.
struct Words<'a> {
    src: &'a str,
    buf: String,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let w = self.src.split(' ').next()?;
        self.buf = w.to_uppercase();
        Some(&self.buf) //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut w = Words { src: "hi there", buf: String::new() };
    println!("{:?}", w.next());
}
