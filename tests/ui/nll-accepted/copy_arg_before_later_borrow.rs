// Arguments are evaluated left to right into temporaries: a copied argument is read before a later argument borrows or moves its source.
struct Cursor<'a> {
    next: Option<&'a u32>,
    items: &'a [u32],
}

impl<'a> Cursor<'a> {
    fn advance(&mut self) -> Option<u32> {
        self.next.map(|n| {
            self.items = &self.items[1..];
            self.next = self.items.get(1);
            *n
        })
    }
}

struct Job {
    id: usize,
    name: String,
}

fn add_into(a: i32, b: &mut i32) -> i32 {
    *b += a;
    *b
}

fn describe(id: usize, job: Job) -> String {
    format!("#{} {}", id, job.name)
}

fn main() {
    let data = [4, 5, 6];
    let mut c = Cursor { next: data.first(), items: &data };
    while let Some(v) = c.advance() {
        print!("{} ", v);
    }
    println!();
    let mut x = 10;
    let r = add_into(x, &mut x);
    println!("{} {}", r, x);
    let job = Job { id: 7, name: String::from("build") };
    println!("{}", describe(job.id, job));
    let mut count = Some(2u8);
    let next = count.map(|n| {
        count = None;
        n + 1
    });
    println!("{:?} {:?}", next, count);
}
