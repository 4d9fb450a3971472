// RAII on fake temporary files: Drop order of locals, fields, Vec elements, moves into functions, mem::drop.
struct TempFile {
    path: String,
    bytes: usize,
}

impl TempFile {
    fn create(path: &str) -> TempFile {
        println!("create {}", path);
        TempFile { path: path.to_string(), bytes: 0 }
    }

    fn write(&mut self, data: &str) {
        self.bytes += data.len();
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("remove {} ({} bytes)", self.path, self.bytes);
    }
}

struct Workspace {
    name: &'static str,
    scratch: TempFile,
    outputs: Vec<TempFile>,
}

impl Drop for Workspace {
    fn drop(&mut self) {
        println!("closing workspace {} with {} outputs", self.name, self.outputs.len());
    }
}

fn consume(f: TempFile) -> usize {
    println!("consuming {}", f.path);
    f.bytes
}

fn build() -> Workspace {
    let mut scratch = TempFile::create("/tmp/scratch");
    scratch.write("intermediate");
    let mut outputs = Vec::new();
    for name in ["a.o", "b.o", "c.o"] {
        let mut f = TempFile::create(name);
        f.write(name);
        outputs.push(f);
    }
    Workspace { name: "build", scratch, outputs }
}

fn main() {
    let log = TempFile::create("log.txt");
    {
        let _guard = TempFile::create("lock");
        println!("inside the block");
    }
    let mut ws = build();
    let removed = ws.outputs.remove(1);
    println!("removed {} bytes", consume(removed));
    let _ = TempFile::create("ignored");
    let kept = TempFile::create("kept");
    drop(log);
    ws.outputs.push(kept);
    let swapped = std::mem::replace(&mut ws.scratch, TempFile::create("/tmp/scratch2"));
    println!("old scratch had {} bytes", swapped.bytes);
    println!("end of main");
}
