// A closure that uses a reference through a deref coercion (`f(label)` with `label: &String`, `f` taking
// `&str`) or a method call borrows what the reference points to, not the local reference itself.
struct Button {
    label: String,
    on_click: Option<Box<dyn FnMut(&str) -> usize>>,
}

impl Button {
    fn click(&mut self) -> Option<usize> {
        let label = &self.label;
        self.on_click.as_mut().map(|f| f(label))
    }

    fn label_len(&self) -> Option<usize> {
        let label = &self.label;
        Some(3).map(|extra| label.len() + extra)
    }
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

fn first_word_len(text: &String) -> impl Fn() -> usize + '_ {
    let t = text;
    move || t.split(' ').next().map_or(0, |w| w.len())
}

fn main() {
    let mut clicks = 0;
    let mut b = Button {
        label: String::from("OK"),
        on_click: Some(Box::new(move |l| {
            clicks += 1;
            l.len() * clicks
        })),
    };
    println!("{:?} {:?}", b.click(), b.click());
    println!("{:?}", b.label_len());
    let mut s = String::from("hello");
    let r = &mut s;
    let loud = || shout(r);
    println!("{}", loud());
    r.push('!');
    println!("{s}");
    let text = String::from("two words");
    let f = first_word_len(&text);
    println!("{}", f());
}
