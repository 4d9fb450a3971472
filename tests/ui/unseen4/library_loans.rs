// A small library: books lent and returned through &mut methods, with a Result for refusals.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Available,
    Lent { to: String, days: u32 },
}

#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    status: Status,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn new() -> Self {
        Library { books: Vec::new() }
    }

    fn add(&mut self, title: &str, author: &str) {
        self.books.push(Book {
            title: title.to_string(),
            author: author.to_string(),
            status: Status::Available,
        });
    }

    fn find_mut(&mut self, title: &str) -> Option<&mut Book> {
        self.books.iter_mut().find(|b| b.title == title)
    }

    fn lend(&mut self, title: &str, reader: &str) -> Result<(), String> {
        let book = self.find_mut(title).ok_or(format!("no book named {title:?}"))?;
        match &book.status {
            Status::Lent { to, .. } => Err(format!("{} is already lent to {}", book.title, to)),
            Status::Available => {
                book.status = Status::Lent { to: reader.to_string(), days: 14 };
                Ok(())
            }
        }
    }

    fn give_back(&mut self, title: &str) -> Result<u32, String> {
        let book = self.find_mut(title).ok_or_else(|| String::from("unknown title"))?;
        let old = std::mem::replace(&mut book.status, Status::Available);
        match old {
            Status::Lent { days, .. } => Ok(days),
            Status::Available => Err(format!("{} was not lent", title)),
        }
    }

    fn available(&self) -> Vec<&str> {
        self.books
            .iter()
            .filter(|b| b.status == Status::Available)
            .map(|b| b.title.as_str())
            .collect()
    }
}

fn main() {
    let mut lib = Library::new();
    lib.add("Dune", "Herbert");
    lib.add("Emma", "Austen");
    lib.add("Ulysses", "Joyce");

    println!("{:?}", lib.lend("Dune", "ana"));
    println!("{:?}", lib.lend("Dune", "bob"));
    println!("{:?}", lib.lend("Hamlet", "bob"));
    println!("available: {:?}", lib.available());
    println!("{:?}", lib.give_back("Dune"));
    println!("{:?}", lib.give_back("Emma"));
    for b in &lib.books {
        println!("{:<8} by {:>7}: {:?}", b.title, b.author, b.status);
    }
    println!("available: {}", lib.available().join(", "));
}
