//@ compile-fail
// `&self.words` of a `Book<'s>` points at `Vec<&'s str>`, which cannot be stored as a `&'a Vec<&'static str>`.
struct Book<'s> {
    words: Vec<&'s str>,
}

impl<'s> Book<'s> {
    fn grab<'a>(&'a self, out: &mut Vec<&'a Vec<&'static str>>) {
        out.push(&self.words); //~ ERROR E0521
    }
}

fn main() {
    let text = String::from("x y");
    let b = Book { words: text.split(' ').collect() };
    let mut out = Vec::new();
    b.grab(&mut out);
    println!("{}", out.len());
}
