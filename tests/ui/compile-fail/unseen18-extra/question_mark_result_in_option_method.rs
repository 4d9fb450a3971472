//@ compile-fail
// `?` on a parse Result in a method returning Option, and on an Option in a closure returning Result: rustc's wording at the `?`.
struct Field<'a> {
    text: &'a str,
}

impl<'a> Field<'a> {
    pub fn number(&self) -> Option<i64> {
        let n: i64 = self.text.trim().parse()?; //~ ERROR E0277
        Some(n)
    }
}

fn main() {
    let f = Field { text: " 42 " };
    let g = |s: &str| -> Result<usize, String> {
        let i = s.find('=')?; //~ ERROR E0277
        Ok(i)
    };
    println!("{:?} {:?}", f.number(), g("a=b"));
}
