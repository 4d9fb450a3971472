// Adapters on an `impl Iterator` return made of several closures (filter + map), iterated with `for`.
struct Library {
    books: Vec<(String, u16)>,
}

impl Library {
    fn titles_after(&self, year: u16) -> impl Iterator<Item = &str> + '_ {
        self.books.iter().filter(move |(_, y)| *y > year).map(|(t, _)| t.as_str())
    }
}

fn bumped(v: Vec<u16>) -> impl Iterator<Item = u16> {
    v.into_iter().map(|p| p + 1).map(|p| p * 2).filter(|p| p % 3 != 0)
}

fn main() {
    let lib = Library { books: vec![("Dune".to_string(), 1965), ("Neuromancer".into(), 1984), ("Hyperion".into(), 1989)] };
    for (i, t) in lib.titles_after(1900).enumerate().skip(1) {
        println!("{i} {t}");
    }
    for (a, b) in bumped(vec![1, 2, 3, 4, 5]).zip(lib.titles_after(1970).rev_free()) {
        println!("{a} {b}");
    }
    for (i, x) in bumped(vec![7, 8]).enumerate().map(|(i, x)| (i * 10, x)) {
        println!("{i} {x}");
    }
}

trait RevFree: Iterator + Sized {
    fn rev_free(self) -> std::iter::Take<Self> {
        self.take(5)
    }
}

impl<I: Iterator> RevFree for I {}
