// Mixed: a library system — structs with Vec fields, enums for status, &mut methods, Option<&mut T>.
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Available,
    Borrowed { by: String, days: u32 },
    Lost,
}

#[derive(Debug)]
struct Book {
    id: u32,
    title: String,
    status: Status,
}

struct Library {
    books: Vec<Book>,
    next_id: u32,
}

impl Library {
    fn new() -> Self {
        Library { books: Vec::new(), next_id: 1 }
    }
    fn add(&mut self, title: &str) -> u32 {
        let id = self.next_id;
        self.books.push(Book { id, title: title.to_string(), status: Status::Available });
        self.next_id += 1;
        id
    }
    fn get_mut(&mut self, id: u32) -> Option<&mut Book> {
        self.books.iter_mut().find(|b| b.id == id)
    }
    fn lend(&mut self, id: u32, who: &str) -> Result<(), String> {
        let book = self.get_mut(id).ok_or(format!("no book {id}"))?;
        match &book.status {
            Status::Available => {
                book.status = Status::Borrowed { by: who.to_string(), days: 0 };
                Ok(())
            }
            Status::Borrowed { by, .. } => Err(format!("{} already borrowed by {by}", book.title)),
            Status::Lost => Err(format!("{} is lost", book.title)),
        }
    }
    fn tick(&mut self) {
        for b in self.books.iter_mut() {
            if let Status::Borrowed { days, .. } = &mut b.status {
                *days += 7;
                if *days > 14 {
                    b.status = Status::Lost;
                }
            }
        }
    }
}

fn main() {
    let mut lib = Library::new();
    let a = lib.add("Dune");
    let b = lib.add("Emma");
    lib.add("Ulysses");
    println!("{:?}", lib.lend(a, "kim"));
    println!("{:?}", lib.lend(a, "lee"));
    println!("{:?}", lib.lend(9, "lee"));
    lib.tick();
    println!("{:?}", lib.lend(b, "lee"));
    lib.tick();
    lib.tick();
    for book in &lib.books {
        println!("{} {:<8} {:?}", book.id, book.title, book.status);
    }
    let lost = lib.books.iter().filter(|b| b.status == Status::Lost).count();
    println!("lost {lost}");
    println!("{:?}", lib.lend(a, "max"));
}
