// `impl Iterator<Item = &'t str> + '_` on `&self` of a `Stats<'t>`: items keep the text's lifetime, the iterator self's borrow.
struct Stats<'t> {
    words: Vec<&'t str>,
}
impl<'t> Stats<'t> {
    fn starting_with(&self, c: char) -> impl Iterator<Item = &&'t str> + '_ {
        self.words.iter().filter(move |w| w.starts_with(c))
    }
    fn all(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.words.iter().copied()
    }
}
fn longest<'t>(s: &Stats<'t>) -> Option<&'t str> {
    s.all().max_by_key(|w| w.len())
}
fn main() {
    let text = String::from("the quick brown fox took the lead");
    let s = Stats { words: text.split(' ').collect() };
    let t: Vec<_> = s.starting_with('t').collect();
    println!("{:?} {:?}", t, longest(&s));
    println!("{}", s.all().map(|w| w.len()).sum::<usize>());
}
