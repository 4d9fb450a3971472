// A library system from a Java course: books and members, checkout/return with an error enum, Display and `?`.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug)]
enum LibraryError {
    NoSuchBook(u32),
    NoSuchMember(String),
    AlreadyBorrowed { title: String, by: String },
    LimitReached(String),
    NotBorrowedBy(u32, String),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LibraryError::NoSuchBook(id) => write!(f, "no book with id {}", id),
            LibraryError::NoSuchMember(m) => write!(f, "no member named {}", m),
            LibraryError::AlreadyBorrowed { title, by } => write!(f, "'{}' is already borrowed by {}", title, by),
            LibraryError::LimitReached(m) => write!(f, "{} has reached the limit", m),
            LibraryError::NotBorrowedBy(id, m) => write!(f, "book {} is not borrowed by {}", id, m),
        }
    }
}

struct Book {
    title: String,
    borrowed_by: Option<String>,
}

struct Library {
    books: HashMap<u32, Book>,
    members: HashMap<String, Vec<u32>>,
    limit: usize,
}

impl Library {
    fn new(limit: usize) -> Library {
        Library { books: HashMap::new(), members: HashMap::new(), limit }
    }

    fn add_book(&mut self, id: u32, title: &str) {
        self.books.insert(id, Book { title: title.to_string(), borrowed_by: None });
    }

    fn join(&mut self, name: &str) {
        self.members.insert(name.to_string(), Vec::new());
    }

    fn checkout(&mut self, id: u32, member: &str) -> Result<String, LibraryError> {
        let loans = self.members.get_mut(member).ok_or_else(|| LibraryError::NoSuchMember(member.to_string()))?;
        let book = self.books.get_mut(&id).ok_or(LibraryError::NoSuchBook(id))?;
        if let Some(by) = &book.borrowed_by {
            return Err(LibraryError::AlreadyBorrowed { title: book.title.clone(), by: by.clone() });
        }
        if loans.len() >= self.limit {
            return Err(LibraryError::LimitReached(member.to_string()));
        }
        book.borrowed_by = Some(member.to_string());
        loans.push(id);
        Ok(book.title.clone())
    }

    fn give_back(&mut self, id: u32, member: &str) -> Result<(), LibraryError> {
        let loans = self.members.get_mut(member).ok_or_else(|| LibraryError::NoSuchMember(member.to_string()))?;
        let pos = loans.iter().position(|&b| b == id).ok_or(LibraryError::NotBorrowedBy(id, member.to_string()))?;
        loans.remove(pos);
        if let Some(book) = self.books.get_mut(&id) {
            book.borrowed_by = None;
        }
        Ok(())
    }

    fn available(&self) -> Vec<&str> {
        let mut ids: Vec<&u32> = self.books.keys().collect();
        ids.sort();
        ids.into_iter().filter(|id| self.books[id].borrowed_by.is_none()).map(|id| self.books[id].title.as_str()).collect()
    }
}

fn main() {
    let mut lib = Library::new(2);
    lib.add_book(1, "Dune");
    lib.add_book(2, "Emma");
    lib.add_book(3, "Ulysses");
    lib.join("ana");
    lib.join("ben");

    let actions: Vec<(&str, u32, &str)> = vec![
        ("out", 1, "ana"), ("out", 1, "ben"), ("out", 2, "ana"), ("out", 3, "ana"),
        ("out", 9, "ben"), ("out", 3, "zed"), ("back", 2, "ben"), ("back", 1, "ana"), ("out", 1, "ben"),
    ];
    for (action, id, who) in actions {
        let result = if action == "out" {
            lib.checkout(id, who).map(|t| format!("{} took '{}'", who, t))
        } else {
            lib.give_back(id, who).map(|_| format!("{} returned {}", who, id))
        };
        match result {
            Ok(msg) => println!("ok: {}", msg),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("available: {:?}", lib.available());
    let mut names: Vec<(&String, &Vec<u32>)> = lib.members.iter().collect();
    names.sort();
    println!("loans: {:?}", names);
}
