// A reference stored behind `&mut Vec<&'a Vec<&'static str>>` needs only `'a`: the `'static` inside is its pointee's.
struct Shelf {
    titles: Vec<&'static str>,
    codes: Vec<&'static str>,
}

impl Shelf {
    fn grab<'a>(&'a self, out: &mut Vec<&'a Vec<&'static str>>) {
        out.push(&self.titles);
        out.push(&self.codes);
    }
}

fn keep<'a>(list: &'a Vec<&'static str>, out: &mut Vec<&'a Vec<&'static str>>) {
    out.push(list);
}

fn main() {
    let shelf = Shelf { titles: vec!["Dune", "Emma"], codes: vec!["D1"] };
    let extra = vec!["Ulysses"];
    let mut out = Vec::new();
    shelf.grab(&mut out);
    keep(&extra, &mut out);
    for group in &out {
        println!("{} -> {:?}", group.len(), group);
    }
}
