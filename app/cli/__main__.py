from . import run

if __name__ == "__main__":  # not when multiprocessing's spawn imports it in a child
    run()
