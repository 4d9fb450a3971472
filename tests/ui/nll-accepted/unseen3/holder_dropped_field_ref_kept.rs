// A method returns `&'a str` from a struct holding `&'a str`: it outlives the struct itself.
struct Holder<'a> {
    text: &'a str,
}

impl<'a> Holder<'a> {
    fn first_word(&self) -> &'a str {
        self.text.split(' ').next().unwrap_or("")
    }
}

fn main() {
    let text = String::from("hello borrowed world");
    let w;
    {
        let h = Holder { text: &text };
        w = h.first_word();
    }
    println!("{}", w);
}
