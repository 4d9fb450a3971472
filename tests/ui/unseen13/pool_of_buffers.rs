// A pool hands out cleared buffers and takes them back, so the program allocates a few times only.
struct Pool {
    free: Vec<Vec<u8>>,
    created: usize,
}

impl Pool {
    fn get(&mut self) -> Vec<u8> {
        match self.free.pop() {
            Some(mut buf) => {
                buf.clear();
                buf
            }
            None => {
                self.created += 1;
                Vec::with_capacity(64)
            }
        }
    }
    fn put(&mut self, buf: Vec<u8>) {
        self.free.push(buf);
    }
}

fn encode(pool: &mut Pool, msg: &str) -> usize {
    let mut buf = pool.get();
    for b in msg.bytes() {
        buf.push(b ^ 0x20);
    }
    let n = buf.len();
    pool.put(buf);
    n
}

fn main() {
    let mut pool = Pool { free: Vec::with_capacity(4), created: 0 };
    let messages = ["bonjour", "memoire", "allocation", "liberation", "pile", "tas"];
    let mut total = 0;
    for m in messages.iter() {
        total += encode(&mut pool, m);
    }
    println!("encoded {} bytes with {} buffer(s)", total, pool.created);
    let a = pool.get();
    let b = pool.get();
    println!("two at once: created {}", pool.created);
    pool.put(a);
    pool.put(b);
    println!("pool holds {} buffers of cap {:?}", pool.free.len(), pool.free.iter().map(|b| b.capacity()).collect::<Vec<_>>());
}
