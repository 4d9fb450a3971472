// A library: books borrowed and returned by members, Option<&mut Book> lookups, overdue fines
#[derive(Debug)]
struct Book {
    isbn: u32,
    title: String,
    borrower: Option<String>,
    days_out: u32,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn find_mut(&mut self, isbn: u32) -> Option<&mut Book> {
        self.books.iter_mut().find(|b| b.isbn == isbn)
    }

    fn checkout(&mut self, isbn: u32, member: &str) -> Result<(), String> {
        let book = self.find_mut(isbn).ok_or(format!("no book {}", isbn))?;
        if let Some(who) = &book.borrower {
            return Err(format!("'{}' is already with {}", book.title, who));
        }
        book.borrower = Some(member.to_string());
        book.days_out = 0;
        Ok(())
    }

    fn pass_days(&mut self, days: u32) {
        for b in self.books.iter_mut().filter(|b| b.borrower.is_some()) {
            b.days_out += days;
        }
    }

    fn give_back(&mut self, isbn: u32) -> Option<(String, u32)> {
        let book = self.find_mut(isbn)?;
        let who = book.borrower.take()?;
        let fine = book.days_out.saturating_sub(14) * 25;
        Some((who, fine))
    }

    fn borrowed_by(&self, member: &str) -> Vec<&str> {
        self.books.iter().filter(|b| b.borrower.as_deref() == Some(member)).map(|b| b.title.as_str()).collect()
    }
}

fn main() {
    let titles = ["Dune", "Emma", "Ulysses", "Beloved"];
    let mut lib = Library {
        books: titles
            .iter()
            .enumerate()
            .map(|(i, t)| Book { isbn: 100 + i as u32, title: t.to_string(), borrower: None, days_out: 0 })
            .collect(),
    };
    println!("{:?}", lib.checkout(100, "sam"));
    println!("{:?}", lib.checkout(102, "sam"));
    println!("{:?}", lib.checkout(100, "kim"));
    println!("{:?}", lib.checkout(200, "kim"));
    lib.pass_days(10);
    println!("{:?}", lib.checkout(103, "kim"));
    lib.pass_days(9);
    println!("sam has {:?}", lib.borrowed_by("sam"));
    for isbn in [100, 103, 101] {
        match lib.give_back(isbn) {
            Some((who, 0)) => println!("{} returned by {} on time", isbn, who),
            Some((who, fine)) => println!("{} returned by {}, fine {} cents", isbn, who, fine),
            None => println!("{} was not borrowed", isbn),
        }
    }
    println!("{:?}", lib.books[2]);
}
