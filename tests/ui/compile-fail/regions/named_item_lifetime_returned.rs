//@ compile-fail
// The callee names the items' lifetime in its result, so the caller's result holds the items' borrow.
struct Picker;

impl Picker {
    fn pick<'w>(&self, words: &[&'w str]) -> Option<&'w str> {
        words.first().copied()
    }

    fn first_word(&self, path: &[&str]) -> Option<&str> {
        self.pick(path) //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    println!("{:?}", Picker.first_word(&["x"]));
}
